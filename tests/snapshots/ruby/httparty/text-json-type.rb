require 'httparty'

response = HTTParty.post(
  'https://api.example.com/raw',
  headers: {
    'content-type' => 'application/json',
  },
  body: " foo/bar \n",
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
