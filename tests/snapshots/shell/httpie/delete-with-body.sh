http --ignore-stdin --print=hb DELETE https://api.example.com/items \
  Content-Type:application/json \
  --raw='{
  "ids": [
    1,
    2,
    3
  ]
}'
