use std::error::Error;

use reqwest::blocking::Client;
use reqwest::Method;

fn main() -> Result<(), Box<dyn Error>> {
    let client = Client::new();
    let response = client
        .request(Method::from_bytes(b"PURGE")?, "http://cache.example.com:8080/page")
        .send()?;

    println!("{}", response.status());
    println!("{}", response.text()?);
    Ok(())
}
