let client = Client::new();
let response = client
    .request(Method::from_bytes(b"PURGE")?, "http://cache.example.com:8080/page")
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
