require 'faraday'
require 'uri'

conn = Faraday.new

response = conn.post('https://{yourDomain}/oauth/token') do |req|
  req.headers['content-type'] = 'application/x-www-form-urlencoded'
  req.body = URI.encode_www_form([
    ['grant_type', 'client_credentials'],
    ['client_id', '{yourClientId}'],
    ['client_secret', '{yourClientSecret}'],
    ['audience', 'YOUR_API_IDENTIFIER'],
  ])
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
