require 'net/http'
require 'uri'

uri = URI('https://{yourDomain}/oauth/token')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/x-www-form-urlencoded'
request.basic_auth('{clientId}', '{clientSecret}')
request.body = URI.encode_www_form([
  ['grant_type', 'client_credentials'],
])

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
