require 'faraday'

conn = Faraday.new

response = conn.post('https://api.example.com/ids') do |req|
  req.headers['Content-Type'] = 'application/json'
  req.body = <<~'JSON'
    {
      "id": 9007199254740993,
      "ratio": 2.0,
      "__proto__": "kept"
    }
  JSON
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
