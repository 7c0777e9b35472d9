<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$payload = http_build_query([
    'grant_type' => 'client_credentials',
]);

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('POST', 'https://{yourDomain}/oauth/token', [
    'auth' => ['{clientId}', '{clientSecret}'],
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    'body' => $payload,
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
