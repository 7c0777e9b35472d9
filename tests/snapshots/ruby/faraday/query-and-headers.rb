require 'faraday'

Faraday::FlatParamsEncoder.sort_params = false # send the parameters in the order given

conn = Faraday.new(request: { params_encoder: Faraday::FlatParamsEncoder })

response = conn.get('https://{yourDomain}/search/my%20files') do |req|
  req.params['sort'] = 'asc'
  req.params['tag'] = ['a&b=c+d', '100% sure']
  req.params['q'] = '{token}'
  req.params['empty'] = ''
  req.headers['Authorization'] = 'Bearer {token}'
  req.headers['X-Quote'] = 'it\'s "quoted" $HOME'
  req.headers['X-Empty'] = ''
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
