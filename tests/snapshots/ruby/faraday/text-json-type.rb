require 'faraday'

conn = Faraday.new

response = conn.post('https://api.example.com/raw') do |req|
  req.headers['content-type'] = 'application/json'
  req.body = " foo/bar \n"
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
