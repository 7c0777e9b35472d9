curl --head \
  --url https://api.example.com/items/42
