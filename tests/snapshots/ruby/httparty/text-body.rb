require 'httparty'

response = HTTParty.put(
  'https://api.example.com/notes/1',
  headers: {
    'Content-Type' => 'text/plain; charset=utf-8',
  },
  body: "Dear \"user\",\nit's $5 for \#{item} `now`.\r\n\tC:\\path 😀\n",
)

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.success?
