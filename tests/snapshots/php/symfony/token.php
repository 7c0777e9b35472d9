<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$payload = http_build_query([
    'grant_type' => 'client_credentials',
    'client_id' => '{yourClientId}',
    'client_secret' => '{yourClientSecret}',
    'audience' => 'YOUR_API_IDENTIFIER',
]);

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('POST', 'https://{yourDomain}/oauth/token', [
    'headers' => [
        'content-type' => 'application/x-www-form-urlencoded',
    ],
    'body' => $payload,
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
