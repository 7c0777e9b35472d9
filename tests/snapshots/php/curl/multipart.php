<?php

// Each CURLFile is read when the request is sent.
$payload = [
    'description' => "Q3 report; it's \"final\", 100% & done\nsecond line é",
    'report' => new CURLFile('{reportPath}', 'application/pdf', 'report.pdf'),
    'logo' => new CURLFile('{logoPath}', 'application/octet-stream', '{logoPath}'),
    'note' => '',
];

$curl = curl_init();
curl_setopt_array($curl, [
    CURLOPT_URL => 'https://api.example.com/v1/upload?dryRun',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'accept: application/json',
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
