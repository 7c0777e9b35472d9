<?php

$payload = implode('&', array_map(
    fn (array $field) => rawurlencode($field[0]) . '=' . rawurlencode($field[1]),
    [
        ['scope', 'read'],
        ['scope', 'write & delete'],
        ['note', "a+b=c 100% 'q' \"dq\" \\ \$x #{y} é 😀\nnew line"],
    ]
));

$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'Content-Type: application/x-www-form-urlencoded',
        ],
        'content' => $payload,
        'ignore_errors' => true, // read the body of a 4xx or 5xx response too
        'timeout' => 30,
    ],
]);

$body = file_get_contents('https://api.example.com/form', false, $context);
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
