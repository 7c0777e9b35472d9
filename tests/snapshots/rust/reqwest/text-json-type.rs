use std::error::Error;

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn Error>> {
    let payload = " foo/bar \n";

    let client = Client::new();
    let response = client
        .post("https://api.example.com/raw")
        .header("content-type", "application/json")
        .body(payload)
        .send()?;

    println!("{}", response.status());
    println!("{}", response.text()?);
    Ok(())
}
