require 'faraday'

conn = Faraday.new(request: { params_encoder: Faraday::FlatParamsEncoder }) do |f|
  # Faraday 2: gem faraday-multipart, require 'faraday/multipart' and Faraday::Multipart::FilePart
  f.request :multipart
end

response = conn.post('https://api.example.com/v1/upload') do |req|
  req.params['dryRun'] = nil # nil: the bare name, without "="
  req.headers['accept'] = 'application/json'
  req.body = {
    'description' => "Q3 report; it's \"final\", 100% & done\nsecond line é",
    'report' => Faraday::FilePart.new('{reportPath}', 'application/pdf', 'report.pdf'),
    'logo' => Faraday::FilePart.new('{logoPath}', 'application/octet-stream'),
    'note' => '',
  }
end

puts response.status
puts response.body
raise "Request failed: HTTP #{response.status}" unless response.success?
