require 'net/http'
require 'uri'

uri = URI('https://api.example.com/form')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/x-www-form-urlencoded'
request.body = URI.encode_www_form([
  ['scope', 'read'],
  ['scope', 'write & delete'],
  ['note', "a+b=c 100% 'q' \"dq\" \\ $x \#{y} é 😀\nnew line"],
])

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
