<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('GET', 'https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=', [
    'headers' => [
        'Authorization' => 'Bearer {token}',
        'X-Quote' => 'it\'s "quoted" $HOME',
        'X-Empty' => '',
    ],
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
