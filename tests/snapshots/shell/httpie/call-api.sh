http --ignore-stdin --print=hb GET https://myapi.com/api \
  'authorization:Bearer {accessToken}' \
  content-type:application/json
