/**
 * Customer: the people whose experience CX Loop measures, identified by the host platform's id (CRM/ERP).
 * A customer is created or updated from the data that arrives with a response; the external id never changes.
 */
package org.cxloop.customer;
