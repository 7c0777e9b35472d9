<?php

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

$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'x-api-key: {apiKey}',
            'Content-Type: application/json',
        ],
        'content' => $payload,
        'ignore_errors' => true, // read the body of a 4xx or 5xx response too
        'timeout' => 30,
    ],
]);

$body = file_get_contents('https://api.example.com/v1/widgets', false, $context);
if ($body === false) {
    exit(1); // PHP has printed why the request failed
}
// $http_response_header: each response's status line and headers, the last response last
// (PHP 8.4 and later: http_get_last_response_headers()).
foreach ($http_response_header as $line) {
    if (preg_match('{^HTTP/\S+ (\d{3})}', $line, $match)) {
        $status = $match[1];
    }
}
echo $status . PHP_EOL;
echo $body . PHP_EOL;
