require 'net/http'
require 'uri'

uri = URI('https://api.example.com/notes/1')
request = Net::HTTP::Put.new(uri)
request['Content-Type'] = 'text/plain; charset=utf-8'
request.body = "Dear \"user\",\nit's $5 for \#{item} `now`.\r\n\tC:\\path 😀\n"

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
