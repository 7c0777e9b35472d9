require 'net/http'
require 'uri'

uri = URI('https://{yourDomain}/oauth/token')
request = Net::HTTP::Post.new(uri)
request['content-type'] = 'application/x-www-form-urlencoded'
request.body = URI.encode_www_form([
  ['grant_type', 'client_credentials'],
  ['client_id', '{yourClientId}'],
  ['client_secret', '{yourClientSecret}'],
  ['audience', 'YOUR_API_IDENTIFIER'],
])

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
raise "Request failed: HTTP #{response.code}" unless response.is_a?(Net::HTTPSuccess)
