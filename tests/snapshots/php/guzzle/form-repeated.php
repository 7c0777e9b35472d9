<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$payload = implode('&', array_map(
    fn (array $field) => rawurlencode($field[0]) . '=' . rawurlencode($field[1]),
    [
        ['scope', 'read'],
        ['scope', 'write & delete'],
        ['note', "a+b=c 100% 'q' \"dq\" \\ \$x #{y} é 😀\nnew line"],
    ]
));

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('POST', 'https://api.example.com/form', [
    'headers' => [
        'Content-Type' => 'application/x-www-form-urlencoded',
    ],
    'body' => $payload,
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
