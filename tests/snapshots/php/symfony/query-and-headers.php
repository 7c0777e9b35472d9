<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('GET', 'https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=', [
    'headers' => [
        'Authorization' => 'Bearer {token}',
        'X-Quote' => 'it\'s "quoted" $HOME',
        'X-Empty' => '',
    ],
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
