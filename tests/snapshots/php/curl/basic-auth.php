<?php

$payload = http_build_query([
    'grant_type' => 'client_credentials',
]);

$curl = curl_init();
curl_setopt_array($curl, [
    CURLOPT_URL => 'https://{yourDomain}/oauth/token',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPAUTH => CURLAUTH_BASIC,
    CURLOPT_USERPWD => '{clientId}:{clientSecret}',
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
