http --ignore-stdin --print=hb HEAD https://api.example.com/items/42
