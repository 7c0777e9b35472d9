require 'httparty'

response = HTTParty.post(
  'https://api.example.com/ids',
  headers: {
    'Content-Type' => 'application/json',
  },
  body: <<~'JSON',
    {
      "id": 9007199254740993,
      "ratio": 2.0,
      "__proto__": "kept"
    }
  JSON
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
