require 'faraday'

conn = Faraday.new

response = conn.delete('https://api.example.com/items') do |req|
  req.headers['Content-Type'] = 'application/json'
  req.body = <<~'JSON'
    {
      "ids": [
        1,
        2,
        3
      ]
    }
  JSON
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
