require 'net/http'
require 'uri'

uri = URI('https://api.example.com/trace')
request = Net::HTTP::Get.new(uri)
request['accept'] = 'application/json'
request['x-trace'] = 'one'
request.add_field('X-Trace', 'two, three') # Net::HTTP joins repeated names with ", "
request['Cookie'] = 'session={sessionId}; theme=dark'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
