require 'net/http'
require 'uri'

uri = URI('https://api.example.com/ids')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request.body = <<~'JSON'
  {
    "id": 9007199254740993,
    "ratio": 2.0,
    "__proto__": "kept"
  }
JSON

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
