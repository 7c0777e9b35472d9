<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('DELETE', 'https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose', [
    'headers' => [
    ],
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
