<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('GET', 'https://myapi.com/api', [
    'headers' => [
        'authorization' => 'Bearer {accessToken}',
        'content-type' => 'application/json',
    ],
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
