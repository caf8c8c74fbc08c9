//! A brotli stream made of a part compressed once and a short part that differs per
//! response. The stream format (RFC 7932) is a run of meta-blocks; an uncompressed one
//! copies its bytes as they are and uses nothing of the state before it. So a page whose
//! bytes differ only near its end is sent as: its fixed start compressed and flushed (the
//! stream left open, on a byte boundary), the rest as uncompressed meta-blocks, then an empty
//! last meta-block. Nothing is compressed per response.
use std::io::Write;

/// Most bytes one uncompressed meta-block may hold with a 4-nibble length.
const MOST_PER_BLOCK: usize = 1 << 16;
/// An empty last meta-block (ISLAST = 1, ISLASTEMPTY = 1), on a byte boundary.
const LAST_EMPTY_BLOCK: u8 = 0b11;

fn params(quality: i32) -> brotli::enc::BrotliEncoderParams {
    brotli::enc::BrotliEncoderParams { quality, ..Default::default() }
}

/// `body` as a whole brotli stream.
pub fn whole(body: &[u8], quality: i32) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() / 4);
    // Writing to memory cannot fail.
    let _ = brotli::BrotliCompress(&mut &body[..], &mut out, &params(quality));
    out
}

/// The start of a stream: `head` compressed and flushed, the stream not closed. Complete it
/// with `closed_with`.
pub fn open_stream(head: &[u8], quality: i32) -> Vec<u8> {
    let mut writer = brotli::CompressorWriter::with_params(Vec::with_capacity(head.len() / 4 + 64), 4096, &params(quality));
    // A flush ends the meta-block under way on a byte boundary; writing to memory cannot fail.
    let _ = writer.write_all(head);
    let _ = writer.flush();
    // Dropping the writer closes its own copy of the stream, which is not used.
    writer.get_ref().clone()
}

/// `opened` (from `open_stream`) followed by `tail` uncompressed, and the stream's end.
pub fn closed_with(opened: &[u8], tail: &[u8]) -> Vec<u8> {
    let blocks = tail.len().div_ceil(MOST_PER_BLOCK);
    let mut out = Vec::with_capacity(opened.len() + tail.len() + 3 * blocks + 1);
    out.extend_from_slice(opened);
    for block in tail.chunks(MOST_PER_BLOCK) {
        out.extend_from_slice(&uncompressed_header(block.len()));
        out.extend_from_slice(block);
    }
    out.push(LAST_EMPTY_BLOCK);
    out
}

/// The header of an uncompressed meta-block of `len` (1 to 65,536) bytes, read from the
/// lowest bit up: ISLAST = 0, MNIBBLES = 4 (coded 0), MLEN - 1 in 16 bits,
/// ISUNCOMPRESSED = 1, then zeros to the byte boundary.
fn uncompressed_header(len: usize) -> [u8; 3] {
    debug_assert!((1..=MOST_PER_BLOCK).contains(&len));
    let bits: u32 = ((len as u32 - 1) << 3) | (1 << 19);
    let [a, b, c, _] = bits.to_le_bytes();
    [a, b, c]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(stream: &[u8]) -> Vec<u8> {
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &stream[..], &mut plain).expect("a valid brotli stream");
        plain
    }

    fn page(len: usize) -> Vec<u8> {
        // Repetitive like HTML, with some variety so the encoder uses its whole toolbox.
        (0..len).map(|i| b"<p class=\"x\">hello</p>"[i % 22] ^ ((i / 997) as u8 & 1)).collect()
    }

    #[test]
    fn an_open_stream_closed_with_any_tail_decodes_to_head_then_tail() {
        for (head_len, tail_len) in [(0, 0), (1, 0), (30_000, 0), (30_000, 1), (30_000, 40), (5, 65_536), (70_000, 65_537), (100, 200_000)] {
            let head = page(head_len);
            let tail: Vec<u8> = (0..tail_len).map(|i| (i * 31 % 251) as u8).collect();
            let stream = closed_with(&open_stream(&head, 5), &tail);
            assert_eq!(decoded(&stream), [head.clone(), tail].concat(), "head {head_len}, tail {tail_len}");
        }
    }

    #[test]
    fn the_open_part_is_compressed_and_made_once_for_many_tails() {
        let head = page(30_000);
        let opened = open_stream(&head, 5);
        assert!(opened.len() < head.len() / 5, "{} bytes", opened.len());
        for id in ["3f0e6a52-9c1d-4b7e-8a2f-000000000001", "0b6f0f1e-3c1d-4f7a-9c55-2f0e8d1a7b42"] {
            let tail = format!(r#"<input value="{id}"></body></html>"#);
            assert_eq!(decoded(&closed_with(&opened, tail.as_bytes())), [head.as_slice(), tail.as_bytes()].concat());
        }
    }

    #[test]
    fn a_whole_stream_decodes_to_the_body() {
        let body = page(10_000);
        assert_eq!(decoded(&whole(&body, 5)), body);
    }
}
