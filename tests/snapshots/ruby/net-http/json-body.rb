require 'net/http'
require 'uri'

uri = URI('https://api.example.com/v1/widgets')
request = Net::HTTP::Post.new(uri)
request['x-api-key'] = '{apiKey}'
request['Content-Type'] = 'application/json'
request.body = <<~'JSON'
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
JSON

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
