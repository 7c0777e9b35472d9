curl --request DELETE \
  --url https://api.example.com/items \
  --header 'Content-Type: application/json' \
  --data-raw '{
  "ids": [
    1,
    2,
    3
  ]
}'
