require 'faraday'
require 'uri'

conn = Faraday.new

response = conn.post('https://api.example.com/form') do |req|
  req.headers['Content-Type'] = 'application/x-www-form-urlencoded'
  req.body = URI.encode_www_form([
    ['scope', 'read'],
    ['scope', 'write & delete'],
    ['note', "a+b=c 100% 'q' \"dq\" \\ $x \#{y} é 😀\nnew line"],
  ])
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
