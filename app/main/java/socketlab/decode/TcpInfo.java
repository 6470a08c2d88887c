package socketlab.decode;

/**
 * What the lab works out about one TCP segment from the segments before it.
 *
 * @param stream     the connection's number in the capture, from 0
 * @param seq        the sequence number relative to this direction's initial one
 * @param ack        the acknowledgment number relative to the other direction's initial one; 0 without ACK
 * @param nextSeq    the relative sequence number after this segment (data, plus one for SYN or FIN)
 * @param windowSize the window in bytes after scaling, or the raw field when the scale is not known
 * @param ackBase    the other direction's initial sequence number, from which acknowledgments and SACK edges are
 *                   counted; -1 while it is not known
 */
public record TcpInfo(int stream, long seq, long ack, long nextSeq, long windowSize, long ackBase) {
}
