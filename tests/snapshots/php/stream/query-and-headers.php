<?php

$context = stream_context_create([
    'http' => [
        'method' => 'GET',
        'header' => [
            'Authorization: Bearer {token}',
            'X-Quote: it\'s "quoted" $HOME',
            'X-Empty: ',
        ],
        'ignore_errors' => true, // read the body of a 4xx or 5xx response too
        'timeout' => 30,
    ],
]);

$body = file_get_contents('https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=', false, $context);
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
