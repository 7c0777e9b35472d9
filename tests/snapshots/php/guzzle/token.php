<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$payload = http_build_query([
    'grant_type' => 'client_credentials',
    'client_id' => '{yourClientId}',
    'client_secret' => '{yourClientSecret}',
    'audience' => 'YOUR_API_IDENTIFIER',
]);

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('POST', 'https://{yourDomain}/oauth/token', [
    'headers' => [
        'content-type' => 'application/x-www-form-urlencoded',
    ],
    'body' => $payload,
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
