<?php

$payload = implode('&', array_map(
    fn (array $field) => rawurlencode($field[0]) . '=' . rawurlencode($field[1]),
    [
        ['scope', 'read'],
        ['scope', 'write & delete'],
        ['note', "a+b=c 100% 'q' \"dq\" \\ \$x #{y} é 😀\nnew line"],
    ]
));

$curl = curl_init();
curl_setopt_array($curl, [
    CURLOPT_URL => 'https://api.example.com/form',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/x-www-form-urlencoded',
    ],
    CURLOPT_POSTFIELDS => $payload,
    CURLOPT_TIMEOUT => 30,
]);

$response = curl_exec($curl);
if ($response === false) {
    fwrite(STDERR, 'Request failed: ' . curl_error($curl) . PHP_EOL);
    exit(1);
}
echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE) . PHP_EOL;
echo $response . PHP_EOL;
