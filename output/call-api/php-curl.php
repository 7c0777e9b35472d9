<?php

$curl = curl_init();
curl_setopt_array($curl, [
    CURLOPT_URL => 'https://myapi.com/api',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => [
        'authorization: Bearer {accessToken}',
        'content-type: application/json',
    ],
    CURLOPT_TIMEOUT => 30,
]);

$response = curl_exec($curl);
if ($response === false) {
    fwrite(STDERR, 'Request failed: ' . curl_error($curl) . PHP_EOL);
    exit(1);
}
echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE) . PHP_EOL;
echo $response . PHP_EOL;
