<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$payload = implode('&', array_map(
    fn (array $field) => rawurlencode($field[0]) . '=' . rawurlencode($field[1]),
    [
        ['scope', 'read'],
        ['scope', 'write & delete'],
        ['note', "a+b=c 100% 'q' \"dq\" \\ \$x #{y} é 😀\nnew line"],
    ]
));

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('POST', 'https://api.example.com/form', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    'body' => $payload,
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
