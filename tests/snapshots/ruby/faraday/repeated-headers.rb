require 'faraday'

conn = Faraday.new

response = conn.get('https://api.example.com/trace') do |req|
  # Faraday keeps one value per header name: repeated ones are joined with ", " ("; " for cookies).
  req.headers['accept'] = 'application/json'
  req.headers['x-trace'] = 'one, two, three'
  req.headers['Cookie'] = 'session={sessionId}; theme=dark'
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
