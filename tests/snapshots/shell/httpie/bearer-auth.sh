http --ignore-stdin --print=hb GET 'https://{apiHost}/v1/me' \
  'Authorization:Bearer {token}'
