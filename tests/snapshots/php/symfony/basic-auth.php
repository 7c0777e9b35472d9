<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$payload = http_build_query([
    'grant_type' => 'client_credentials',
]);

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('POST', 'https://{yourDomain}/oauth/token', [
    'auth_basic' => ['{clientId}', '{clientSecret}'],
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    'body' => $payload,
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
