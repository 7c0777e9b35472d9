<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$payload = <<<'JSON'
{
  "name": "Widget \"Deluxe\" it's 'quoted'",
  "path": "C:\\temp\\new",
  "shell": "$HOME #{x} ${y} `z`",
  "note": "line one\nline two\ttabbed",
  "unicode": "café 中文 😀 \u202e\u200b",
  "counts": [
    1,
    -2,
    1.5,
    1.0,
    12345678901234567890,
    0
  ],
  "flags": [
    true,
    false,
    null
  ],
  "empty": {
    "object": {},
    "list": []
  }
}
JSON;

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('POST', 'https://api.example.com/v1/widgets', [
    'headers' => [
        'x-api-key' => '{apiKey}',
        'Content-Type' => 'application/json',
    ],
    'body' => $payload,
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
