<?php

$payload = http_build_query([
    'grant_type' => 'client_credentials',
    'client_id' => '{yourClientId}',
    'client_secret' => '{yourClientSecret}',
    'audience' => 'YOUR_API_IDENTIFIER',
]);

$curl = curl_init();
curl_setopt_array($curl, [
    CURLOPT_URL => 'https://{yourDomain}/oauth/token',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'content-type: application/x-www-form-urlencoded',
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
