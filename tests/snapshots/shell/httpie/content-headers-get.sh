http --ignore-stdin --print=hb GET https://api.example.com/api \
  'authorization:Bearer ACCESS_TOKEN' \
  content-type:application/json \
  content-language:en
