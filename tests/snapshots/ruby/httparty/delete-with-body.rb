require 'httparty'

response = HTTParty.delete(
  'https://api.example.com/items',
  headers: {
    'Content-Type' => 'application/json',
  },
  body: <<~'JSON',
    {
      "ids": [
        1,
        2,
        3
      ]
    }
  JSON
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
