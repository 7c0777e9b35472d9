<?php

// The http stream wrapper sends the body as given: the multipart body is built here.
$boundary = bin2hex(random_bytes(16));
$payload = '';
foreach ([
    ['name' => 'description', 'value' => "Q3 report; it's \"final\", 100% & done\nsecond line é"],
    ['name' => 'report', 'file' => '{reportPath}', 'filename' => 'report.pdf', 'type' => 'application/pdf'],
    ['name' => 'logo', 'file' => '{logoPath}', 'filename' => '{logoPath}', 'type' => 'application/octet-stream'],
    ['name' => 'note', 'value' => ''],
] as $part) {
    $head = 'Content-Disposition: form-data; name="' . $part['name'] . '"';
    if (isset($part['file'])) {
        $part['value'] = file_get_contents($part['file']);
        if ($part['value'] === false) {
            exit(1); // PHP has printed why the file cannot be read
        }
        $head .= '; filename="' . $part['filename'] . "\"\r\nContent-Type: " . $part['type'];
    }
    $payload .= "--$boundary\r\n$head\r\n\r\n{$part['value']}\r\n";
}
$payload .= "--$boundary--\r\n";

$context = stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => [
            'accept: application/json',
            'Content-Type: multipart/form-data; boundary=' . $boundary,
        ],
        'content' => $payload,
        'ignore_errors' => true, // read the body of a 4xx or 5xx response too
        'timeout' => 30,
    ],
]);

$body = file_get_contents('https://api.example.com/v1/upload?dryRun', false, $context);
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
