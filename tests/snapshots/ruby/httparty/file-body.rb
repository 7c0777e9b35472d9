require 'httparty'

response = HTTParty.put(
  'https://api.example.com/v1/blobs/42',
  headers: {
    'Content-Type' => 'application/octet-stream',
  },
  body: File.binread('{payloadPath}'),
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
